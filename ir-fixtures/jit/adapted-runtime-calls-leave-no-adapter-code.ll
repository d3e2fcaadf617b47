; Test that calls through adapted runtime declarations (here Simple's i8 bool result and i32 ids) are inlined into the caller at -O0, -O1 and under --lazy: the JIT'd code (listed by the perf jitdump) holds main and no adapter function, and the program still gets the runtime's answers.
; RUN: rm -rf %t.dir && mkdir -p %t.dir/O0 %t.dir/O1 %t.dir/lazy
; RUN: env JITDUMPDIR=%t.dir/O0 %simple-jit -O0 --perf %s | FileCheck --check-prefix=OUT %s
; RUN: env JITDUMPDIR=%t.dir/O1 %simple-jit -O1 --perf %s | FileCheck --check-prefix=OUT %s
; RUN: env JITDUMPDIR=%t.dir/lazy %simple-jit --lazy --perf %s | FileCheck --check-prefix=OUT %s
; RUN: python3 -c "import glob,re,sys; [print(d, sorted(set(n.decode() for n in re.findall(rb'([A-Za-z_.][A-Za-z0-9_.]{2,})\0', open(f,'rb').read()) if b'main' in n or b'adapter' in n))) for d in ('O0','O1','lazy') for f in glob.glob(sys.argv[1]+'/'+d+'/.debug/jit/*/jit-*.dump')]" %t.dir | FileCheck %s
; OUT: class 4294967291 pushed 1
; CHECK: O0 ['main']
; CHECK-NEXT: O1 ['main']
; CHECK-NEXT: lazy ['main']
@fmt = private constant [25 x i8] c"class %llu pushed %d\0A\00\00\00\00"
declare i64 @rt_object_new(i32, i32)
declare i64 @rt_object_class_id(i64)
declare i64 @rt_array_new(i64)
declare i8 @rt_array_push(i64, i64)
declare i32 @printf(ptr, ...)
define i32 @main() {
bb0:
  %o = call i64 @rt_object_new(i32 -5, i32 1)
  %c = call i64 @rt_object_class_id(i64 %o)
  %a = call i64 @rt_array_new(i64 0)
  %ok = call i8 @rt_array_push(i64 %a, i64 3)
  %okw = zext i8 %ok to i32
  call i32 (ptr, ...) @printf(ptr @fmt, i64 %c, i32 %okw)
  ret i32 0
}
