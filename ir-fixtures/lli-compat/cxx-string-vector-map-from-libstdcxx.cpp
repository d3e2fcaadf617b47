// libstdc++ containers and algorithms used from JIT'd code: std::string
// building and searching, std::vector growth and sort, std::map ordering,
// std::unordered_map counting (printed sorted), std::sort with a lambda.
// RUN: %clangxx -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: words=9 longest=jumped
// CHECK-NEXT: upper: THE QUICK BROWN FOX JUMPED OVER THE LAZY DOG
// CHECK-NEXT: find("fox")=16 substr=fox
// CHECK-NEXT: vector: size=1000 sum=499500 sorted desc head: 999 998 997
// CHECK-NEXT: map: brown=1 dog=1 fox=1 jumped=1 lazy=1 over=1 quick=1 the=2
// CHECK-NEXT: by length then alpha: dog fox the the lazy over brown quick jumped
// CHECK-NEXT: letter counts: e=4 o=4 u=2
// CHECK-NEXT: joined: 1-2-3-4-5
// CHECK-NEXT: exit=0
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <numeric>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

int main() {
  std::string text = "the quick brown fox jumped over the lazy dog";
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;)
    words.push_back(w);
  std::string longest = *std::max_element(words.begin(), words.end(),
      [](const std::string &a, const std::string &b) { return a.size() < b.size(); });
  std::printf("words=%zu longest=%s\n", words.size(), longest.c_str());

  std::string upper = text;
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return (char)std::toupper(c); });
  std::printf("upper: %s\n", upper.c_str());
  std::printf("find(\"fox\")=%zu substr=%s\n", text.find("fox"),
              text.substr(text.find("fox"), 3).c_str());

  std::vector<int> v;
  for (int i = 0; i < 1000; i++)
    v.push_back((i * 7919) % 1000);
  std::sort(v.begin(), v.end(), std::greater<int>());
  std::printf("vector: size=%zu sum=%d sorted desc head: %d %d %d\n", v.size(),
              std::accumulate(v.begin(), v.end(), 0), v[0], v[1], v[2]);

  std::map<std::string, int> counts;
  for (const auto &w : words)
    counts[w]++;
  std::string line;
  for (const auto &kv : counts)
    line += " " + kv.first + "=" + std::to_string(kv.second);
  std::printf("map:%s\n", line.c_str());

  std::vector<std::string> byLen = words;
  std::sort(byLen.begin(), byLen.end(), [](const std::string &a, const std::string &b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  line.clear();
  for (const auto &w : byLen)
    line += " " + w;
  std::printf("by length then alpha:%s\n", line.c_str());

  std::unordered_map<char, int> letters;
  for (char c : text)
    letters[c]++;
  std::printf("letter counts: e=%d o=%d u=%d\n", letters['e'], letters['o'], letters['u']);

  std::ostringstream out;
  for (int i = 1; i <= 5; i++)
    out << (i > 1 ? "-" : "") << i;
  std::printf("joined: %s\n", out.str().c_str());
  return 0;
}
