#!/usr/bin/env bash
# Measures posting and resume reading on a labeled corpus; see tools/OpenHire.Eval.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dotnet build "$here/tools/OpenHire.Eval" -c Release -v quiet -nologo >&2
exec dotnet "$here/tools/OpenHire.Eval/bin/Release/net10.0/OpenHire.Eval.dll" "$@"
