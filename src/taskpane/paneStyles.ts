/**
 * The pane's few layout rules, added once at start (no CSS loader in the build). Every control
 * shows the same focus ring when reached by keyboard, Fluent's own included.
 */
export const PANE_CSS = `
.bk-app { font-family: 'Segoe UI', system-ui, sans-serif; padding: 12px; display: flex; flex-direction: column; gap: 10px; max-width: 960px; margin: 0 auto; box-sizing: border-box; }
.bk-app *, .bk-app *::before, .bk-app *::after { box-sizing: border-box; }
.bk-muted { color: #5c5c5c; }
.bk-sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.bk-top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-start; gap: 8px; }
.bk-lang { display: flex; align-items: center; gap: 6px; font-size: 13px; }
.bk-check { display: flex; flex-direction: column; gap: 6px; }
.bk-progress { display: flex; flex-direction: column; gap: 4px; }
.bk-drop { border: 2px dashed #8a8886; border-radius: 6px; padding: 12px; }
.bk-drop-over { border-color: #0f6cbd; background: #ebf3fc; }
.bk-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.bk-filters { display: flex; flex-wrap: wrap; gap: 6px; }
.bk-filters > * { flex: 1 1 90px; min-width: 0; }
.bk-filters .fui-Select { min-width: 0; width: 100%; }
.bk-nav { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 6px 0; }
.bk-findings { list-style: none; padding: 0; margin: 4px 0 10px; display: flex; flex-direction: column; gap: 2px; }
.bk-finding { display: flex; flex-wrap: wrap; gap: 2px 8px; width: 100%; text-align: left; font: inherit; font-size: 13px; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 4px; padding: 6px; cursor: pointer; overflow-wrap: anywhere; }
.bk-finding:hover { background: #f5f5f5; }
.bk-chosen > .bk-finding { border-color: #0f6cbd; background: #ebf3fc; }
.bk-message { flex: 1 1 100%; }
.bk-where { font-weight: 600; }
.bk-rule { font-size: 11px; color: #5c5c5c; }
.bk-sev { font-size: 11px; font-weight: 600; border-radius: 3px; padding: 0 4px; }
.bk-sev-error { color: #a4262c; background: #fdf3f4; border: 1px solid #a4262c; }
.bk-sev-warning { color: #8a3707; background: #fff9f5; border: 1px solid #8a3707; }
.bk-sev-info { color: #0f548c; background: #ebf3fc; border: 1px solid #0f548c; }
.bk-app :focus-visible, .bk-grid:focus { outline: 2px solid #0f6cbd !important; outline-offset: 2px; }
.bk-plain { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 8px; }
.bk-results { display: flex; flex-direction: column; gap: 12px; }
.bk-subject { display: flex; flex-direction: column; gap: 8px; }
.bk-year { border-collapse: collapse; font-size: 12px; width: 100%; table-layout: fixed; }
.bk-year caption { text-align: left; font-weight: 600; font-size: 14px; padding: 4px 0; }
.bk-year th, .bk-year td { border-bottom: 1px solid #e0e0e0; padding: 3px 4px; text-align: right; vertical-align: top; overflow-wrap: anywhere; }
.bk-year thead th { font-weight: 600; background: #f5f5f5; }
.bk-year th:first-child { text-align: left; }
.bk-year td.bk-diff { color: #a4262c; font-weight: 600; background: #fdf3f4; }
.bk-grid { border: 1px solid #c7c7c7; border-radius: 6px; padding: 8px; margin: 4px 0 8px; display: flex; flex-direction: column; gap: 6px; background: #fafafa; }
.bk-grid table { border-collapse: collapse; font-size: 12px; width: 100%; table-layout: fixed; }
.bk-grid th { background: #f0f0f0; font-weight: 600; padding: 2px; }
.bk-grid td { border: 1px solid #e0e0e0; padding: 2px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bk-grid td.bk-target { outline: 3px solid #c50f1f; outline-offset: -2px; background: #fdf3f4; font-weight: 600; }
.bk-table-item { border-bottom: 1px solid #eee; padding-bottom: 6px; }
.bk-corrections { display: flex; flex-wrap: wrap; gap: 6px; }
.bk-corrections > * { min-width: 0; flex: 1 1 80px; }
.bk-corrections .fui-Input, .bk-corrections .fui-Select, .bk-settings .fui-Input, .bk-settings .fui-Select { min-width: 0; width: 100%; }
.bk-corrections input { min-width: 0; width: 100%; }
.bk-pilots { border: 1px solid #e0e0e0; border-radius: 4px; padding: 6px 8px; margin: 0; display: flex; flex-direction: column; gap: 6px; }
.bk-pilots legend { font-weight: 600; font-size: 13px; padding: 0 4px; }
.bk-pilots .fui-Input { min-width: 0; width: 100%; }
.bk-settings { display: flex; flex-direction: column; gap: 8px; }
`;
