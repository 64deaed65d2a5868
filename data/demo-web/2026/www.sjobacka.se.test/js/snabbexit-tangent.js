document.addEventListener('keydown', function (e) {
  if (e.key === 'Escape') {
    window.location.replace('https://www.smhi.se');
  }
});
