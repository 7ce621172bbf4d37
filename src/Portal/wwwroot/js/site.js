// tom-select points the <label> at its own input; the hidden <select> keeps its name for assistive checks.
function keepName(select) {
    const label = select.id && document.querySelector(`label[for="${select.id}"]`);
    if (label && !select.hasAttribute("aria-label")) select.setAttribute("aria-label", label.textContent.trim());
}

// Searchable pickers: a <select data-picker="EntityName"> loads its options from /Records/Options as the user types.
function initPickers(root) {
    root.querySelectorAll("select[data-picker]:not(.tomselected)").forEach(select => {
        const entity = select.dataset.picker;
        keepName(select);
        new TomSelect(select, {
            valueField: "id", labelField: "label", searchField: ["label"], maxOptions: 50, preload: "focus",
            allowEmptyOption: true,
            load(query, callback) {
                fetch(`/Records/Options?entity=${encodeURIComponent(entity)}&q=${encodeURIComponent(query)}`)
                    .then(r => r.json()).then(callback).catch(() => callback());
            },
        });
    });
}
document.addEventListener("DOMContentLoaded", () => initPickers(document));
document.addEventListener("htmx:afterSwap", e => initPickers(e.target));
// Buttons that ask before a destructive action carry data-confirm.
document.addEventListener("submit", e => {
    const button = e.submitter;
    if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) e.preventDefault();
});
// Long fixed lists (e.g. LAs) become searchable in place.
document.addEventListener("DOMContentLoaded", () =>
    document.querySelectorAll("select[data-searchable]").forEach(select => {
        keepName(select);
        new TomSelect(select, { maxOptions: 200, plugins: ["remove_button"] });
    }));
