// "Sao chép" buttons: copy the text of the element named by data-copy (shown only when scripts run).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("button[data-copy]").forEach(function (b) {
      var target = document.getElementById(b.getAttribute("data-copy"));
      b.hidden = false;
      b.addEventListener("click", function () {
        var tell = function (text) { b.textContent = text; };
        var select = function () {
          var r = document.createRange();
          r.selectNodeContents(target);
          window.getSelection().removeAllRanges();
          window.getSelection().addRange(r);
          tell("Đã chọn, nhấn Ctrl+C");
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(target.textContent).then(function () { tell("Đã sao chép"); }, select);
        } else {
          select();
        }
      });
    });
  });
})();
