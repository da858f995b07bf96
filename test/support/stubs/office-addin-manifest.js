// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real package
// has an ESM-only dependency that Jest on Node 20 cannot load (docs/architecture.md).
exports.OfficeApp = { Excel: "excel", OneNote: "onenote", Outlook: "outlook", Project: "project", PowerPoint: "powerpoint", Word: "word" };
