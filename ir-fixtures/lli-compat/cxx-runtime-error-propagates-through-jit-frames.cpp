// A std::runtime_error thrown three JIT'd frames deep is caught in main by
// reference to std::exception, with what() intact; a std::out_of_range from
// libstdc++ (vector::at) is caught in JIT'd code; catch(...) and rethrow work.
// RUN: %clangxx -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: parse("12")=12
// CHECK-NEXT: caught std::exception: bad digit 'x' at depth 3
// CHECK-NEXT: caught out_of_range from libstdc++: yes
// CHECK-NEXT: rethrown: inner failure
// CHECK-NEXT: nested try: inner handler saw 1, outer handler saw 2
// CHECK-NEXT: loop of 100 throws caught 100
// CHECK-NEXT: exit=0
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

static int digit(char c, int depth) {
  if (c < '0' || c > '9')
    throw std::runtime_error(std::string("bad digit '") + c + "' at depth " +
                             std::to_string(depth));
  return c - '0';
}
static int parse2(const char *s, int depth) { return digit(s[0], depth + 1) * 10 + digit(s[1], depth + 1); }
static int parse1(const char *s, int depth) { return parse2(s, depth + 1); }
static int parse(const char *s) { return parse1(s, 1); }

static void rethrower() {
  try {
    throw std::logic_error("inner failure");
  } catch (...) {
    throw;
  }
}

int main() {
  std::printf("parse(\"12\")=%d\n", parse("12"));
  try {
    std::printf("never: %d\n", parse("1x"));
  } catch (const std::exception &e) {
    std::printf("caught std::exception: %s\n", e.what());
  }

  std::vector<int> v(3);
  try {
    v.at(10) = 1;
    std::printf("no exception?\n");
  } catch (const std::out_of_range &) {
    std::printf("caught out_of_range from libstdc++: yes\n");
  }

  try {
    rethrower();
  } catch (const std::logic_error &e) {
    std::printf("rethrown: %s\n", e.what());
  }

  int inner = 0, outer = 0;
  try {
    try {
      throw 1;
    } catch (int x) {
      inner = x;
      throw x + 1;
    }
  } catch (int y) {
    outer = y;
  }
  std::printf("nested try: inner handler saw %d, outer handler saw %d\n", inner, outer);

  int caught = 0;
  for (int i = 0; i < 100; i++) {
    try {
      digit('a' + i % 26, i);
    } catch (const std::runtime_error &) {
      caught++;
    }
  }
  std::printf("loop of 100 throws caught %d\n", caught);
  return 0;
}
