// npm run preview: the browser preview (the task pane on an .xlsx file, no Excel needed) on http://localhost:3000.
import { serve, port } from "./serve.mjs";

console.log("Mengwijzer: de browservoorbeeldweergave wordt gebouwd ...");
await serve({ https: false });
console.log(`
Mengwijzer draait als browservoorbeeld op de voorbeeldwerkmap:
  http://localhost:${port}/preview.html
Open die pagina in een browser. U kunt daar ook een eigen .xlsx openen en het resultaat downloaden;
niets verlaat uw computer. Stop met Ctrl+C.
`);
