// The letter page's in-place rows: "Cancel" on a row being added removes it; the row's first field takes focus (htmx's autofocus).
document.addEventListener("click", e => {
    const cancel = e.target.closest("[data-remove-row]");
    if (cancel) cancel.closest("tr, article")?.remove();
});
