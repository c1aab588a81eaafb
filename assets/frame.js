/* ES5 on purpose, like compat.js: it runs on any webview. The pane's frame in taskpane.html (its header and
   spinner, drawn before Office.js is ready) is in Thai and light; this gives it the language and theme the pane
   last opened in (src/taskpane/paneFrame.ts writes them), or the language the officer chose since with the
   ไทย | EN switch, so an English or dark pane does not open in Thai or white.
   It runs in the head, before the body is drawn: it only marks the page (the frame's CSS does the rest). */
(function () {
  var look = null;
  var chosen = null;
  try {
    look = window.localStorage.getItem("ita-analyzer.frame");
    chosen = window.localStorage.getItem("ita-analyzer.lang");
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
  } catch (e) {
    return; // storage blocked: the frame stays as taskpane.html has it
  }
  var parts = (look || "").split("-");
  var lang = chosen === "th" || chosen === "en" ? chosen : parts[0];
  var marks = (lang === "en" ? " ita-en" : "") + (parts[1] === "dark" ? " ita-dark" : "");
  document.documentElement.className += marks;
})();
