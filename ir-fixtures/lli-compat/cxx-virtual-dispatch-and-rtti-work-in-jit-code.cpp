// Virtual calls through base pointers, a pure virtual interface, multiple
// inheritance with this-adjustment, dynamic_cast up/down/sideways and typeid
// names all behave as compiled C++ does.
// RUN: %clangxx -O0 -S -emit-llvm %s -o %t.ll
// RUN: %compare-with-lli %t.ll | FileCheck %s
// CHECK: Circle area=12.566 name=circle
// CHECK-NEXT: Square area=9.000 name=square
// CHECK-NEXT: Labelled area=1.000 name=square label=unit
// CHECK-NEXT: dynamic_cast<Square*>: null yes no no
// CHECK-NEXT: sideways to Label from shape[2]: unit
// CHECK-NEXT: typeid: 6Circle 6Square 8Labelled
// CHECK-NEXT: same type: 0 1
// CHECK-NEXT: destroyed 3
// CHECK-NEXT: exit=0
#include <cstdio>
#include <typeinfo>

static int destroyed;

struct Shape {
  virtual ~Shape() { destroyed++; }
  virtual double area() const = 0;
  virtual const char *name() const = 0;
};
struct Label {
  virtual ~Label() = default;
  virtual const char *label() const { return "none"; }
  int pad = 0;
};
struct Circle : Shape {
  double r;
  explicit Circle(double r) : r(r) {}
  double area() const override { return 3.14159265358979 * r * r; }
  const char *name() const override { return "circle"; }
};
struct Square : Shape {
  double s;
  explicit Square(double s) : s(s) {}
  double area() const override { return s * s; }
  const char *name() const override { return "square"; }
};
struct Labelled : Square, Label {
  Labelled() : Square(1) {}
  const char *label() const override { return "unit"; }
};

static const char *label_of(const Label &l) { return l.label(); }

int main() {
  Shape *shapes[3] = {new Circle(2), new Square(3), new Labelled()};
  for (Shape *s : shapes) {
    const char *cls = dynamic_cast<Labelled *>(s) ? "Labelled" : dynamic_cast<Circle *>(s) ? "Circle" : "Square";
    std::printf("%s area=%.3f name=%s", cls, s->area(), s->name());
    if (Label *l = dynamic_cast<Label *>(s))
      std::printf(" label=%s", label_of(*l));
    std::printf("\n");
  }
  std::printf("dynamic_cast<Square*>: null %s %s %s\n",
              dynamic_cast<Square *>(shapes[0]) ? "no" : "yes",
              dynamic_cast<Square *>(shapes[1]) ? "no" : "yes",
              dynamic_cast<Square *>(shapes[2]) ? "no" : "yes");
  Label *side = dynamic_cast<Label *>(shapes[2]);
  std::printf("sideways to Label from shape[2]: %s\n", side ? side->label() : "(null)");
  std::printf("typeid: %s %s %s\n", typeid(*shapes[0]).name(), typeid(*shapes[1]).name(),
              typeid(*shapes[2]).name());
  std::printf("same type: %d %d\n", typeid(*shapes[0]) == typeid(*shapes[1]),
              typeid(*shapes[1]) == typeid(Square));
  for (Shape *s : shapes)
    delete s;
  std::printf("destroyed %d\n", destroyed);
  return 0;
}
