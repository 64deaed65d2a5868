(function () {
  var url = document.currentScript.getAttribute('data-exit-url');
  var b = document.createElement('button');
  b.textContent = 'Lämna sidan snabbt';
  b.onclick = function () { window.location.replace(url); };
  document.body.prepend(b);
})();
