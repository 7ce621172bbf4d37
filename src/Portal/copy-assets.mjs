// Copies the built files (Bootstrap, htmx, Chart.js, tom-select, GraphiQL) the pages use from node_modules into wwwroot/lib, one folder per package.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";

const files = {
  bootstrap: ["dist/css/bootstrap.min.css", "dist/js/bootstrap.bundle.min.js"],
  "chart.js": ["dist/chart.umd.js"],
  "htmx.org": ["dist/htmx.min.js"],
  "tom-select": ["dist/js/tom-select.complete.min.js", "dist/css/tom-select.bootstrap5.min.css"],
  graphiql: ["graphiql.min.js", "graphiql.min.css"],
  react: ["umd/react.production.min.js"],
  "react-dom": ["umd/react-dom.production.min.js"],
};

for (const [name, paths] of Object.entries(files)) {
  const target = `wwwroot/lib/${name.replace(".org", "")}`;
  mkdirSync(target, { recursive: true });
  for (const path of paths) cpSync(`node_modules/${name}/${path}`, `${target}/${path.split("/").pop()}`);
}
writeFileSync("wwwroot/lib/.installed", new Date().toISOString());
