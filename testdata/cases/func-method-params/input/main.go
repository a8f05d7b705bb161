package main

import (
	"fmt"
	"sort"
	"strings"

	"instrgen.dev/rtlib"
)

type route struct {
	pattern string
	handle  func(args []string) string
}

type router struct{ routes []route }

// add's parameter h joins route.handle's group: a method's parameter, filled from main.
func (r *router) add(pattern string, h func(args []string) string) {
	r.routes = append(r.routes, route{pattern: pattern, handle: h})
}

func (r *router) serve(path string) string {
	for _, rt := range r.routes {
		if strings.HasPrefix(path, rt.pattern) {
			return rt.handle(strings.Split(path, "/"))
		}
	}
	return "404"
}

// each calls what it is passed: a method's parameter that is only called.
func (r *router) each(visit func(pattern string)) {
	for _, rt := range r.routes {
		visit(rt.pattern)
	}
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// sorter's method is named as a method of a module interface: its parameter keeps its type (IG2016).
type sorter interface {
	sortWith(less func(a, b string) bool)
}

type names struct{ list []string }

func (n *names) sortWith(less func(a, b string) bool) {
	sort.Slice(n.list, func(i, j int) bool { return less(n.list[i], n.list[j]) })
}

func shorter(a, b string) bool { return len(a) < len(b) }

func home(args []string) string { return "home " + fmt.Sprint(len(args)) }

func user(args []string) string { return "user " + strings.Join(args, ",") }

func show(p string) { fmt.Println("route", p) }

func main() {
	rtlib.AutotelEntryPoint()
	r := &router{}
	r.add("/home", home)
	r.add("/user", user)
	fmt.Println(r.serve("/home/x"), r.serve("/user/a/b"), r.serve("/none"))
	r.each(show)
	var s sorter = &names{list: []string{"ccc", "a", "bb"}}
	s.sortWith(shorter)
	fmt.Println(s.(*names).list)
	b := byLen{"xx", "y"}
	sort.Sort(b)
	fmt.Println(b)
}
