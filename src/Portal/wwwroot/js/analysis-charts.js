// Charts of the analysis pages. Each <canvas data-chart="id"> draws the JSON in <script type="application/json" id="id">
// (data, not code, so the Content-Security-Policy needs no exception). Every chart has a table beside it.
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("canvas[data-chart]").forEach(canvas => {
        const spec = JSON.parse(document.getElementById(canvas.dataset.chart).textContent);
        new Chart(canvas, {
            type: "bar",
            data: { labels: spec.labels, datasets: spec.datasets },
            options: {
                indexAxis: "y", animation: false, maintainAspectRatio: false,
                scales: { x: { stacked: true, title: { display: true, text: spec.axis } }, y: { stacked: true } },
                plugins: { legend: { position: "top" } },
            },
        });
    });
});
// A range input shows its value in the <output> named after it.
document.addEventListener("input", e => {
    const output = e.target.id && document.getElementById(e.target.id + "-value");
    if (output) output.textContent = Number(e.target.value).toFixed(2);
});
