// deploy/monitoring: alert rules pass promtool's checks and unit tests, the dashboard's queries
// are valid PromQL, and every alert has its section in the runbook.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import YAML from "yaml";
import { deploy, read, readYaml, repo, which } from "./lib.mjs";

const prometheus = path.join(deploy, "monitoring", "prometheus");
const rulesFile = path.join(prometheus, "openhire-rules.yml");
const dashboard = JSON.parse(read(path.join(deploy, "monitoring", "grafana", "openhire-dashboard.json")));
const alerts = readYaml(rulesFile).groups.flatMap((g) => g.rules).filter((r) => r.alert);

function promtool(...args) {
  // A missing promtool fails the check: CI must never pass by skipping it.
  assert.ok(which("promtool"), "promtool is missing: apt-get install prometheus (./test.sh does as root)");
  const run = spawnSync("promtool", args, { cwd: prometheus, encoding: "utf8" });
  assert.equal(run.status, 0, `promtool ${args.join(" ")}\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

test("promtool check rules", () => {
  assert.match(promtool("check", "rules", "openhire-rules.yml"), /SUCCESS: \d+ rules found/);
});

test("promtool test rules", () => {
  assert.match(promtool("test", "rules", "openhire-rules.test.yml"), /SUCCESS/);
});

test("every alert is unit tested, firing and quiet", () => {
  const tests = readYaml(path.join(prometheus, "openhire-rules.test.yml")).tests.flatMap((t) => t.alert_rule_test ?? []);
  for (const { alert } of alerts) {
    assert.ok(tests.some((t) => t.alertname === alert && t.exp_alerts.length > 0), `${alert} is tested firing`);
    assert.ok(tests.some((t) => t.alertname === alert && t.exp_alerts.length === 0), `${alert} is tested quiet`);
  }
});

test("every alert links to its own section of the runbook", () => {
  const runbook = read(path.join(repo, "docs", "operations", "runbook.md"));
  // GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes.
  const anchors = new Set([...runbook.matchAll(/^#+ (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-")));
  for (const { alert, annotations } of alerts) {
    const [file, anchor] = annotations.runbook.split("#");
    assert.equal(file, "docs/operations/runbook.md", alert);
    assert.ok(anchors.has(anchor), `${alert}: runbook has no section #${anchor}`);
  }
});

test("the dashboard's panels have unique ids, a data source and valid PromQL", () => {
  assert.equal(dashboard.uid, "openhire-overview");
  const ids = dashboard.panels.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length, "unique panel ids");
  const rules = [];
  for (const panel of dashboard.panels) {
    assert.ok(panel.datasource?.uid, `${panel.title}: data source`);
    assert.ok(panel.targets?.length, `${panel.title}: queries`);
    for (const t of panel.targets) {
      // Grafana fills in its variables before Prometheus sees the query.
      rules.push({ record: `dashboard:panel_${panel.id}_${t.refId}`, expr: t.expr.replaceAll("$__rate_interval", "5m") });
    }
  }
  // promtool parses each query as a recording rule's expression.
  const dir = mkdtempSync(path.join(tmpdir(), "openhire-dashboard-"));
  try {
    writeFileSync(path.join(dir, "dashboard-queries.yml"), YAML.stringify({ groups: [{ name: "dashboard", rules }] }));
    assert.match(promtool("check", "rules", path.join(dir, "dashboard-queries.yml")), new RegExp(`SUCCESS: ${rules.length} rules found`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
