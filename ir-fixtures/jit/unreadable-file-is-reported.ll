; Test that a missing input file is one clear error with exit code 66.
; RUN: sh -c '%simple-jit %t.does-not-exist.ll 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: simple-jit: error: cannot read '{{.*}}does-not-exist.ll': No such file or directory
; CHECK-NEXT: exit=66
