/**
 * A local server that answers as Kolada's API v3 does, for the tests of `puls kolada units`,
 * `groups` and `fetch --units` (no network): the recorded responses of test/fixtures/kolada for
 * `/v3/ou`, `/v3/municipality_groups` and `/v3/kpi/{ids}` (has_ou_data), and `/v3/oudata` values
 * made up per KPI and year, with a 422 for a request of more KPIs than `maxKpis`, as Kolada
 * answers a request with too many ids.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface LookAlike {
  /** The API's address, for PULS_KOLADA_API ("http://127.0.0.1:PORT/v3"). */
  readonly api: string;
  readonly requests: string[];
  close(): Promise<void>;
}

export interface LookAlikeOptions {
  /** KPIs Kolada has units' data for. */
  readonly withUnitData?: readonly string[];
  /** The most KPIs one oudata request may name before Kolada answers 422. */
  readonly maxKpis?: number;
  /** The units whose values the oudata answers hold, each with its value per KPI (percent units). */
  readonly units?: readonly { readonly id: string; readonly value: number | null; readonly deleted?: boolean }[];
}

const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", "kolada", name), "utf8");

export async function koladaLookAlike(options: LookAlikeOptions = {}): Promise<LookAlike> {
  const requests: string[] = [];
  let origin = "";
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? "");
    const address = new URL(request.url ?? "/", origin);
    const json = (body: string) => response.writeHead(200, { "Content-Type": "application/json" }).end(body);
    if (address.pathname === "/v3/ou") {
      json(address.searchParams.get("municipality") === "9999" ? fixture("ou-9999.json") : JSON.stringify({ count: 0, values: [] }));
      return;
    }
    if (address.pathname === "/v3/municipality_groups") {
      const title = (address.searchParams.get("title") ?? "").toLowerCase();
      const all = JSON.parse(fixture("municipality-groups.json")) as { values: { title: string }[] };
      json(JSON.stringify({ count: 0, values: all.values.filter((group) => group.title.toLowerCase().includes(title)) }));
      return;
    }
    const kpi = /^\/v3\/kpi\/([^/]+)$/.exec(address.pathname);
    if (kpi !== null) {
      const ids = decodeURIComponent(kpi[1] ?? "").split(",");
      json(JSON.stringify({ count: ids.length, values: ids.map((id) => ({ id, title: id, has_ou_data: (options.withUnitData ?? []).includes(id) })) }));
      return;
    }
    const oudata = /^\/v3\/oudata\/kpi\/([^/]+)\/year\/([^/]+)$/.exec(address.pathname);
    if (oudata !== null) {
      const kpis = decodeURIComponent(oudata[1] ?? "").split(",");
      const years = (oudata[2] ?? "").split(",").map(Number);
      if (kpis.length > (options.maxKpis ?? Infinity)) {
        response.writeHead(422, { "Content-Type": "application/json" }).end(JSON.stringify({ detail: "Too many ids" }));
        return;
      }
      const values = kpis.flatMap((id) =>
        years.flatMap((period) => (options.units ?? []).map((unit) => ({ kpi: id, ou: unit.id, period, values: [{ gender: "T", count: unit.value === null ? 0 : 1, status: unit.value === null ? "Missing" : "", value: unit.value, isdeleted: unit.deleted === true }] }))),
      );
      json(JSON.stringify({ count: values.length, next_url: null, values }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { api: `${origin}/v3`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
