import { clippedWords } from "./helpers/clippedWords";
test("clip", () => {
  for (const f of [
    "ita-sample",
    "ita-2565-2566",
    "ita-2567-2568",
    "ita-2568-2569",
    "ita-indicators-2568",
    "trat-2564",
  ])
    console.log(f, JSON.stringify(clippedWords(`/tmp/review-out/${f}/${f}-out.pdf`)));
}, 600000);
