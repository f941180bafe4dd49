try {
  var t = localStorage.getItem("relais:theme");
  if (t === "dark" || t === "light") document.documentElement.dataset.theme = t;
} catch (e) {}
