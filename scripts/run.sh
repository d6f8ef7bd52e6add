#!/usr/bin/env bash
# Builds the catalog, loads the seed catalog into the local PostgreSQL (a private cluster in
# .data/ unless ConnectionStrings__Catalog is set) and serves the site on http://127.0.0.1:5080.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh

dotnet build src/Catalog.Cli -c Release -nologo -v quiet
dotnet src/Catalog.Cli/bin/Release/net10.0/catalog.dll import seed data/seed/catalog.json
# Embeds the titles whose text changed (all of them the first time) for dense retrieval.
dotnet src/Catalog.Cli/bin/Release/net10.0/catalog.dll reindex
# Published, because compressed static assets only exist in a published build.
dotnet publish web/Catalog.Web -c Release -o artifacts/web -nologo -v quiet
# Voice search uses pulled Whisper weights when there are some (catalog models pull base.en).
if [ -z "${Speech__ModelPath:-}" ]; then
    for size in base.en small.en tiny.en; do
        if [ -f "models/ggml-$size.bin" ]; then export Speech__ModelPath="$PWD/models/ggml-$size.bin"; break; fi
    done
fi
cd artifacts/web
exec dotnet Catalog.Web.dll "$@"
