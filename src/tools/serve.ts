import path from "node:path";
import { parseArgs } from "node:util";
import { createStaticServer } from "./static-server.ts";
import { siteConfig } from "../site/site-config.ts";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "dist" },
    port: { type: "string", default: "4321" },
    host: { type: "string", default: "127.0.0.1" },
  },
});
const { base } = siteConfig(process.env);
const server = createStaticServer(path.resolve(values.dir), base);
server.listen(Number(values.port), values.host, () => {
  process.stdout.write(`Serving ${values.dir} at http://${values.host}:${values.port}${base}\n`);
});
