/* Quick exit: adds a button at the top of the page that leaves the site at once (also on Escape). */
(function () {
  var script = document.currentScript;
  var target = script.getAttribute('data-exit-url') || 'https://www.google.se';
  var label = script.getAttribute('data-label') || 'Lämna sidan snabbt';
  function leave() { window.open(target, '_newtab'); window.location.replace(target); }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'quick-exit-button';
    button.textContent = label;
    button.addEventListener('click', leave);
    document.body.insertBefore(button, document.body.firstChild);
  });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { leave(); } });
})();
