/**
 * Server-side render of the task pane (jsdom is not installed): checks that the tree renders without throwing and
 * that its first state is a Dutch loading label, never a blank pane. Behaviour is covered by scripts/e2e.mjs.
 */
import { renderToString } from "react-dom/server";
import { CATALOGUE } from "../core/checklist/catalogue";
import { App } from "./App";
import { InMemoryChecklistRepository } from "../../test/taskpane/InMemoryChecklistRepository";

describe("App", () => {
  it("renders header, tabs and a Dutch loading label", () => {
    const html = renderToString(<App repository={new InMemoryChecklistRepository(CATALOGUE)} />);
    expect(html).toContain("Mengwijzer");
    expect(html).toContain("Checklist");
    expect(html).toContain("Over");
    expect(html).toContain("Checklist laden");
    expect(html).toContain("er verlaat niets de werkmap");
  });
});
