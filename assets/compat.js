/* ES5 on purpose: old Excel webviews cannot run the pane's bundle at all. This script runs first and, on such a
   webview, shows a plain message pointing to the standalone page (the pane's bundle then does not start).
   - Internet Explorer 11 (Office 2016/2019 on Windows 7/8): no Promise, Proxy, Symbol or fetch.
   - EdgeHTML 18 (Office 2016/2019 without WebView2, some Microsoft 365 builds on Windows 10): the bundle is built to
     parse there (scripts/edgehtml-syntax.cjs), but the score recognition needs regular expressions with lookbehind
     and a few ES2019+ library functions EdgeHTML lacks; they are tested here, since a Content Security Policy
     without 'unsafe-eval' forbids testing syntax with new Function(). */
(function () {
  function lookbehind() {
    try {
      return new RegExp("(?<!a)b").test("cb");
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (e) {
      return false;
    }
  }
  var modern =
    typeof Promise !== "undefined" &&
    typeof Proxy !== "undefined" &&
    typeof Symbol !== "undefined" &&
    typeof fetch !== "undefined" &&
    typeof Object.fromEntries === "function" &&
    typeof Array.prototype.flatMap === "function" &&
    typeof String.prototype.matchAll === "function" &&
    typeof String.prototype.trimEnd === "function" &&
    lookbehind();
  if (modern) return;
  window.ITA_ANALYZER_UNSUPPORTED = true;
  var show = function () {
    var root = document.getElementById("root");
    if (!root) return;
    root.innerHTML = "";
    var p = document.createElement("p");
    p.appendChild(
      document.createTextNode(
        "Excel รุ่นนี้เก่าเกินไปสำหรับแผงงาน ITA Analyzer — ใช้หน้า ITA Analyzer แบบเปิดไฟล์ในเบราว์เซอร์แทน / " +
          "This Excel is too old for the ITA Analyzer pane — use the standalone page in a browser instead: "
      )
    );
    var a = document.createElement("a");
    a.href = "preview.html";
    a.target = "_blank";
    a.appendChild(document.createTextNode("preview.html"));
    p.appendChild(a);
    root.appendChild(p);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
