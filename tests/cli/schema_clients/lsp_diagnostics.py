#!/usr/bin/env python3
"""Open YAML files in yaml-language-server (over stdio, as an editor does) with relief's schema
and print the diagnostics it publishes for each, as JSON: {file: [[line, col, message], ...]},
lines and columns 1-based like relief's.

usage: lsp_diagnostics.py SERVER SCHEMA.json FILE...
"""
import json
import os
import pathlib
import subprocess
import sys
import time


def main():
    server, schema, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    proc = subprocess.Popen([server, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    next_id = [0]

    def send(message):
        body = json.dumps(message).encode()
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        proc.stdin.flush()

    def request(method, params):
        next_id[0] += 1
        send({"jsonrpc": "2.0", "id": next_id[0], "method": method, "params": params})
        return next_id[0]

    def notify(method, params):
        send({"jsonrpc": "2.0", "method": method, "params": params})

    def receive():
        length = None
        while True:
            line = proc.stdout.readline()
            if not line:
                raise SystemExit("yaml-language-server ended")
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(proc.stdout.read(length))

    schema_uri = pathlib.Path(schema).resolve().as_uri()
    settings = {"yaml": {"validate": True, "schemas": {schema_uri: ["*.yaml", "*.yml"]},
                         "schemaStore": {"enable": False}, "format": {"enable": False},
                         "customTags": [], "yamlVersion": "1.2", "maxItemsComputed": 5000}}
    root = pathlib.Path.cwd().as_uri()
    init = request("initialize", {"processId": os.getpid(), "rootUri": root, "capabilities": {
        "workspace": {"configuration": True},
        "textDocument": {"publishDiagnostics": {}}}})
    uris = {pathlib.Path(f).resolve().as_uri(): f for f in files}
    found = {}
    opened = False
    deadline = time.time() + 120
    while time.time() < deadline:
        msg = receive()
        if msg.get("id") == init and "result" in msg:
            notify("initialized", {})
            notify("workspace/didChangeConfiguration", {"settings": settings})
            for uri, f in uris.items():
                text = pathlib.Path(f).read_bytes().decode("utf-8", "replace")
                notify("textDocument/didOpen", {"textDocument": {
                    "uri": uri, "languageId": "yaml", "version": 1, "text": text}})
            opened = True
        elif msg.get("method") == "workspace/configuration":
            send({"jsonrpc": "2.0", "id": msg["id"],
                  "result": [settings.get(i.get("section", ""), settings["yaml"])
                             if i.get("section") != "yaml" else settings["yaml"]
                             for i in msg["params"]["items"]]})
        elif "id" in msg and "method" in msg:  # any other request: answer it empty
            send({"jsonrpc": "2.0", "id": msg["id"], "result": None})
        elif msg.get("method") == "textDocument/publishDiagnostics" and opened:
            uri = msg["params"]["uri"]
            if uri in uris:
                found[uris[uri]] = [[d["range"]["start"]["line"] + 1,
                                     d["range"]["start"]["character"] + 1, d["message"]]
                                    for d in msg["params"]["diagnostics"]]
                if len(found) == len(uris):
                    break
    proc.kill()
    missing = [f for f in files if f not in found]
    if missing:
        raise SystemExit(f"no diagnostics published for {len(missing)} files, e.g. {missing[0]}")
    json.dump(found, sys.stdout, indent=1)


main()
