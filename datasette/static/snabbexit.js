/* Quick exit for every page of vmatris.
 *
 * The button is a plain link, so it works without JavaScript. With JavaScript it
 * hides the page at once and uses location.replace, so the page is not left in the
 * history, and it also fires when Escape is pressed twice within a second.
 * Forms and links marked data-ersatt-historik navigate with location.replace too,
 * so a search leaves a single history entry for the quick exit to replace.
 */
(function () {
  "use strict";
  var link = document.getElementById("snabbexit");
  if (!link) {
    return;
  }
  var target = link.getAttribute("href");
  var leaving = false;

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    if (leaving) {
      return;
    }
    leaving = true;
    document.documentElement.classList.add("lamnar");
    document.title = "";
    window.location.replace(target);
  }

  link.addEventListener("click", leave);

  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    var now = Date.now();
    if (now - lastEscape < 1000) {
      leave(event);
    } else {
      lastEscape = now;
    }
  });

  function replaceTo(url) {
    window.location.replace(url);
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-ersatt-historik]"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var params = new URLSearchParams(new FormData(form));
      replaceTo(form.getAttribute("action") + "?" + params.toString());
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("a[data-ersatt-historik]"), function (a) {
    a.addEventListener("click", function (event) {
      event.preventDefault();
      replaceTo(a.getAttribute("href"));
    });
  });
})();
