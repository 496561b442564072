/**
 * Placeholder entry so the add-in builds and loads; the real task pane replaces this file.
 * It must render with or without Office.js (offline, or as a plain web page).
 */
import { createRoot } from 'react-dom/client';

function Placeholder() {
  return (
    <main style={{ fontFamily: 'Segoe UI, sans-serif', padding: 12 }}>
      <h1 style={{ fontSize: 20 }}>Bảng Kiểm</h1>
      <p>Bấm “Kiểm tra” trên thẻ Trang đầu để kiểm tra sổ làm việc.</p>
      <p lang="en">Click “Check” on the Home tab to check the workbook.</p>
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Placeholder />);
if (typeof Office !== 'undefined') void Office.onReady();
