// npm run preview: the browser preview (the task pane on an .xlsx file, no Excel needed) on http://localhost:3000
// (or the next free port).
import { serve } from "./serve.mjs";

console.log("Mengwijzer: de browservoorbeeldweergave wordt gebouwd ...");
const { child, port } = await serve({ https: false });
console.log(`
Mengwijzer draait als browservoorbeeld op de voorbeeldwerkmap:
  http://localhost:${port}/   (gaat naar /preview.html)
Open die pagina in een browser. U kunt daar ook een eigen .xlsx openen en het resultaat downloaden;
niets verlaat uw computer. Stop met Ctrl+C.
`);
const stop = () => {
  child.kill();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
