#!/usr/bin/env python3
"""Changes a file in place for rebuild benchmarks: adds a line, or takes it away again."""
import sys
path, line = sys.argv[1], sys.argv[2] + "\n"
text = open(path).read()
open(path, "w").write(text[:-len(line)] if text.endswith(line) else text + line)
