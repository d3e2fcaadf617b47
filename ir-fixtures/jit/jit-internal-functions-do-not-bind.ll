; Test that a declaration never binds to simple-jit's own internals: LLVM's C
; API is linked into simple-jit but not exported, so this stays undefined.
; RUN: sh -c '%simple-jit %s 2>&1; echo "exit=$?"' | FileCheck %s
; CHECK: undefined symbol 'LLVMInitializeX86Target', used by main
; CHECK-NEXT: exit=67
declare void @LLVMInitializeX86Target()
define i32 @main() {
  call void @LLVMInitializeX86Target()
  ret i32 0
}
