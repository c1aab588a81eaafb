/**
 * The engine's worker: the analysis of a large workbook and the documents are worked out here, off the page's
 * thread, so the pane stays live. Messages follow engineProtocol.ts; engineAnswer.ts answers them.
 */
import { type HeldGrids, engineAnswer } from "./engineAnswer";
import type { EngineMessage, EngineRequest } from "./engineProtocol";

const held: HeldGrids = new Map();
const post = (m: EngineMessage) => postMessage(m);

self.onmessage = (event: MessageEvent<EngineRequest>) => post(engineAnswer(held, event.data));

post({ id: 0, loaded: performance.now() });
