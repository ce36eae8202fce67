/** Entry of the preview's Web Worker: the opened workbook lives here (see workbookHost.ts). */
import { serveWorkbook } from "./workbookHost";
import type { Endpoint } from "./workbookHost";

serveWorkbook(self as unknown as Endpoint);
