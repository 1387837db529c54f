// Data dashboards: draws each chart from the accessible table beside it, so the chart and the table
// always show the same figures (no inline script: the page's CSP is script-src 'self').
//
//   <canvas data-chart="line|bar" data-chart-table="TABLE-ID" role="img" aria-label="..."></canvas>
//   <table id="TABLE-ID">
//     <thead><tr><th scope="col">Period</th><th scope="col" data-series="School">School</th>...</tr></thead>
//     <tbody><tr><th scope="row">2024/25</th><td data-value="61.5">61.5%</td><td></td>...</tr></tbody>
//   </table>
//
// Each th[data-series] is a series; each body row's th is a label; a cell without data-value is a gap.
// Series differ by line style and point shape as well as colour, and every figure is in the table.
(function () {
  "use strict";
  if (typeof window.Chart === "undefined") {
    return;
  }

  var colours = ["#0b4f8a", "#6c3483", "#b35900", "#1e7b48", "#7a1f1f"];
  var dashes = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 1]];
  var points = ["circle", "rect", "triangle", "rectRot", "crossRot"];

  function seriesFrom(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll("thead th"));
    var labels = [];
    var series = [];
    headers.forEach(function (th, column) {
      if (th.hasAttribute("data-series")) {
        series.push({ name: th.getAttribute("data-series"), column: column, values: [] });
      }
    });
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var cells = row.children;
      labels.push(cells[0].textContent.trim());
      series.forEach(function (s) {
        var cell = cells[s.column];
        var raw = cell ? cell.getAttribute("data-value") : null;
        s.values.push(raw === null || raw === "" ? null : Number(raw));
      });
    });
    return { labels: labels, series: series };
  }

  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var table = document.getElementById(canvas.getAttribute("data-chart-table"));
    if (!table) {
      return;
    }

    var kind = canvas.getAttribute("data-chart") === "bar" ? "bar" : "line";
    var data = seriesFrom(table);
    new window.Chart(canvas, {
      type: kind,
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          var colour = colours[i % colours.length];
          return {
            label: s.name,
            data: s.values,
            borderColor: colour,
            backgroundColor: colour,
            borderDash: kind === "line" ? dashes[i % dashes.length] : undefined,
            pointStyle: points[i % points.length],
            pointRadius: 4,
            spanGaps: false
          };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        aspectRatio: 2.5,
        plugins: { legend: { labels: { usePointStyle: true } } },
        scales: { y: { beginAtZero: canvas.hasAttribute("data-chart-from-zero") } }
      }
    });
    canvas.setAttribute("data-chart-drawn", "true");
  });
})();
