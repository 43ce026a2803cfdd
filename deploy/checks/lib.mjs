// Shared helpers of the deploy checks: paths, YAML, and rendering Kustomize directories.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const deploy = path.join(repo, "deploy");

export const read = (file) => readFileSync(file, "utf8");

/** Every document of a YAML file, with YAML merge keys (<<) resolved as Compose does. */
export function readYamlDocuments(file) {
  return YAML.parseAllDocuments(read(file), { merge: true }).map((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
    return doc.toJS({ maxAliasCount: 1000 });
  }).filter((o) => o != null);
}

export const readYaml = (file) => {
  const docs = readYamlDocuments(file);
  if (docs.length !== 1) throw new Error(`${file}: expected one YAML document, found ${docs.length}`);
  return docs[0];
};

/** A program on PATH, or null. */
export function which(program) {
  const found = spawnSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** Renders a Kustomize directory with kustomize or kubectl, whichever is installed; null when neither is. */
export function kustomize(dir) {
  const tool = which("kustomize") ? ["kustomize", ["build", dir]] : which("kubectl") ? ["kubectl", ["kustomize", dir]] : null;
  if (!tool) return null;
  const out = execFileSync(tool[0], tool[1], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return YAML.parseAllDocuments(out).map((d) => d.toJS()).filter((o) => o != null);
}

// Lists that strategic merge combines item by item, and the field that names an item.
const mergeKeys = { containers: "name", initContainers: "name", volumes: "name", env: "name", volumeMounts: "mountPath", ports: "containerPort" };
const supported = new Set(["apiVersion", "kind", "resources", "patches", "images", "namespace"]);

/**
 * Renders a Kustomize directory without kustomize, for machines that lack it. It knows only the
 * fields OpenHire's kustomizations use (and refuses others): resources, strategic-merge patches
 * named by file, images and namespace. Where kustomize exists the checks compare the two.
 */
export function renderLocally(dir) {
  const k = readYaml(path.join(dir, "kustomization.yaml"));
  const unknown = Object.keys(k).filter((key) => !supported.has(key));
  if (unknown.length) throw new Error(`${dir}: the built-in renderer does not support ${unknown.join(", ")}`);
  const objects = [];
  for (const entry of k.resources ?? []) {
    const target = path.resolve(dir, entry);
    objects.push(...(statSync(target).isDirectory() ? renderLocally(target) : readYamlDocuments(target)));
  }
  for (const patch of k.patches ?? []) {
    if (!patch.path || patch.target || patch.patch) throw new Error(`${dir}: only file patches without a target are supported`);
    for (const doc of readYamlDocuments(path.resolve(dir, patch.path))) {
      const matches = objects.filter((o) => o.kind === doc.kind && o.metadata.name === doc.metadata.name);
      if (matches.length !== 1) throw new Error(`${dir}/${patch.path}: ${doc.kind}/${doc.metadata.name} matches ${matches.length} objects`);
      strategicMerge(matches[0], doc);
    }
  }
  for (const image of k.images ?? []) {
    for (const container of podContainers(objects)) {
      const [name] = container.image.split(/[:@](?=[^/]*$)/);
      if (name === image.name) container.image = `${image.newName ?? name}:${image.newTag}`;
    }
  }
  if (k.namespace) for (const o of objects) o.metadata.namespace = k.namespace;
  return objects;
}

function strategicMerge(target, patch) {
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete target[key];
    else if (Array.isArray(value) && Array.isArray(target[key]) && mergeKeys[key]) {
      const by = mergeKeys[key];
      for (const item of value) {
        const existing = target[key].find((t) => t[by] === item[by]);
        if (existing) strategicMerge(existing, item);
        else target[key].push(item);
      }
    } else if (isObject(value) && isObject(target[key])) strategicMerge(target[key], value);
    else target[key] = structuredClone(value);
  }
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** The pod template of a workload object, or null. */
export const podSpec = (o) => o.kind === "Pod" ? o.spec : o.spec?.template?.spec ?? o.spec?.jobTemplate?.spec?.template?.spec ?? null;

/** Every container (and init container) of every workload in the list. */
export function podContainers(objects) {
  return objects.flatMap((o) => {
    const spec = podSpec(o);
    return spec ? [...(spec.containers ?? []), ...(spec.initContainers ?? [])] : [];
  });
}

/** The object list keyed by kind/name, with keys in a stable order, for comparisons. */
export function canonical(objects) {
  const sort = (v) => Array.isArray(v) ? v.map(sort) : isObject(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v;
  return Object.fromEntries(objects.map((o) => [`${o.kind}/${o.metadata.name}`, sort(o)]).sort(([a], [b]) => a.localeCompare(b)));
}

export const exists = (file) => existsSync(file);

/**
 * The configuration sections OpenHire reads, found in its source, plus those the host reads
 * (Logging, Urls).
 */
export function configSections() {
  const sections = new Set(["Logging", "Urls", "AllowedHosts"]);
  const patterns = [/GetSection\("(\w+)"\)/g, /Section = "(\w+)"/g, /[Cc]onfiguration\["(\w+)/g];
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (["bin", "obj"].includes(e.name) ? [] : walk(path.join(dir, e.name))) : e.name.endsWith(".cs") ? [path.join(dir, e.name)] : []);
  for (const file of walk(path.join(repo, "src", "OpenHire"))) {
    const text = read(file);
    for (const p of patterns) for (const m of text.matchAll(p)) sections.add(m[1]);
  }
  return sections;
}

/** True when an environment variable is configuration OpenHire (or its runtime) reads. */
export function isKnownSetting(name, sections) {
  if (/^(ASPNETCORE|DOTNET|OTEL|AWS)_/.test(name)) return true;
  return sections.has(name.split("__")[0]);
}
