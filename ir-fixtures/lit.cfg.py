# lit configuration for the IR fixtures. CMake writes lit.site.cfg.py into
# the build tree (from lit.site.cfg.py.in) with the paths of this build and
# then loads this file.
import os

import lit.formats

config.name = "simple-jit"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".c", ".cpp"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py.in", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)

llvm_bin = getattr(config, "llvm_tools_dir", None) or "/usr/lib/llvm-19/bin"
simple_jit = lit_config.params.get("simple_jit") or getattr(config, "simple_jit", None) or "simple-jit"

config.substitutions.append(("%simple-jit", simple_jit))
config.substitutions.append(("%lli", os.path.join(llvm_bin, "lli")))
config.substitutions.append(("%clangxx", os.path.join(llvm_bin, "clang++")))
config.substitutions.append(("%clang", os.path.join(llvm_bin, "clang")))
config.substitutions.append(("%runtime-include", getattr(config, "runtime_include_dir", "")))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))

# Features for REQUIRES: lines.
import shutil
if shutil.which("gdb"):
    config.available_features.add("gdb")

# FileCheck, not, count and split-file come from LLVM's tools directory.
config.environment["PATH"] = os.pathsep.join([llvm_bin, config.environment.get("PATH", "")])
# AddressSanitizer's fake stacks hide roots from the conservative collector.
config.environment["ASAN_OPTIONS"] = "detect_stack_use_after_return=0:detect_leaks=0"
