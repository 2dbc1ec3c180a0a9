// Runs before first paint: the remembered theme, else the system's. See src/app/theme.ts.
(function () {
  var dark;
  try {
    var stored = localStorage.getItem('whosaid-theme');
    dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  } catch {
    dark = false;
  }
  document.documentElement.classList.toggle('dark', dark);
})();
