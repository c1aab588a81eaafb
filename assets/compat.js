/* ES5 on purpose: old Excel webviews (Internet Explorer 11, legacy Edge) cannot run the pane's bundle at all.
   This script runs first and, on such a webview, shows a plain message pointing to the standalone page. */
(function () {
  var modern =
    typeof Promise !== "undefined" &&
    typeof Proxy !== "undefined" &&
    typeof Symbol !== "undefined" &&
    typeof fetch !== "undefined";
  if (modern) return;
  window.ITA_ANALYZER_UNSUPPORTED = true;
  var show = function () {
    var root = document.getElementById("root");
    if (!root) return;
    root.innerHTML = "";
    var p = document.createElement("p");
    p.appendChild(
      document.createTextNode(
        "Excel รุ่นนี้เก่าเกินไปสำหรับแผงงาน ITA Analyzer — ใช้หน้า ITA Analyzer แบบเปิดไฟล์ (preview.html) ในเบราว์เซอร์แทน / " +
          "This Excel is too old for the ITA Analyzer pane — use the standalone page (preview.html) in a browser instead."
      )
    );
    root.appendChild(p);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
