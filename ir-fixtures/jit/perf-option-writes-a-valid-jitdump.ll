; Test that --perf writes a jitdump for this process whose header flags are zero (LLVM 19.1.7 leaves them uninitialised; perf inject rejects that).
; RUN: rm -rf %t.dir && mkdir -p %t.dir
; RUN: env JITDUMPDIR=%t.dir %simple-jit --perf %s
; RUN: python3 -c "import glob,struct,sys; files=glob.glob(sys.argv[1]+'/.debug/jit/*/jit-*.dump'); print('dumps', len(files)); h=open(files[0],'rb').read(40); print('magic %%x flags %%d' %% (struct.unpack('<I',h[:4])[0], struct.unpack('<Q',h[32:40])[0]))" %t.dir | FileCheck %s
; CHECK: dumps 1
; CHECK-NEXT: magic 4a695444 flags 0
define i32 @main() {
  ret i32 0
}
