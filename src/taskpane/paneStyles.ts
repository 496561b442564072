/** The pane's few layout rules, added once at start (no CSS loader in the build). */
export const PANE_CSS = `
.bk-app { font-family: 'Segoe UI', system-ui, sans-serif; padding: 12px; display: flex; flex-direction: column; gap: 10px; max-width: 960px; margin: 0 auto; }
.bk-muted { color: #616161; }
.bk-check { display: flex; flex-direction: column; gap: 6px; }
.bk-progress { display: flex; flex-direction: column; gap: 4px; min-height: 1.5em; }
.bk-drop { border: 2px dashed #8a8886; border-radius: 6px; padding: 12px; }
.bk-drop-over { border-color: #0f6cbd; background: #ebf3fc; }
.bk-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.bk-findings { list-style: none; padding: 0; margin: 4px 0 10px; display: flex; flex-direction: column; gap: 4px; }
.bk-findings li { overflow-wrap: anywhere; }
.bk-badge { margin-right: 8px; }
.bk-plain { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 8px; }
.bk-table-scroll, .bk-grid-scroll { overflow-x: auto; }
.bk-table { border-collapse: collapse; font-size: 12px; width: 100%; }
.bk-table caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
.bk-table th, .bk-table td { border-bottom: 1px solid #e0e0e0; padding: 2px 4px; text-align: right; white-space: nowrap; }
.bk-table th[scope='row'], .bk-table td:last-child { text-align: left; }
.bk-grid { border: 1px solid #c7c7c7; border-radius: 6px; padding: 8px; display: flex; flex-direction: column; gap: 6px; background: #fafafa; }
.bk-grid table { border-collapse: collapse; font-size: 12px; }
.bk-grid th { background: #f0f0f0; font-weight: 600; padding: 2px 4px; }
.bk-grid td { border: 1px solid #e0e0e0; padding: 2px 4px; max-width: 140px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
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
