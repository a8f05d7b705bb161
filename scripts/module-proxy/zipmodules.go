// Command zipmodules writes modules into a file-system module proxy (GOPROXY=file://DIR): for each module named on
// standard input it writes <module>/@v/<version>.info, .mod and .zip (the zip by golang.org/x/mod/zip, so that the
// go command accepts it) and adds the version to <module>/@v/list.
//
// Each input line is `MODULE VERSION SOURCEDIR [GOMOD] [EXCLUDE,...]`: GOMOD is a go.mod file to serve instead of
// SOURCEDIR/go.mod ("-" for none: then SOURCEDIR/go.mod, or `module MODULE` when that is missing too); EXCLUDE are
// subdirectories of SOURCEDIR that belong to other modules (Debian's tree lacks their go.mod files).
//
// The proxy serves one version of each module, so every go.mod it serves is made to require the versions it
// serves: a require of a served module is set to the served version (upstream requires older testify, go-cmp and
// x/sys than Debian packages; the go command would select the newer ones anyway), and a require of a module the
// proxy does not serve is dropped, so that the module graph is closed and resolvable offline.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

type spec struct {
	path, version, dir, gomod string
	exclude                   []string
}

// diskFile is one file of a module source tree, named by its path inside the module.
type diskFile struct {
	rel, abs string
}

func (f diskFile) Path() string                 { return f.rel }
func (f diskFile) Lstat() (os.FileInfo, error)  { return os.Lstat(f.abs) }
func (f diskFile) Open() (io.ReadCloser, error) { return os.Open(f.abs) }

// memFile is the go.mod the proxy serves, which need not exist on disk.
type memFile struct {
	rel  string
	data []byte
}

type memInfo struct {
	name string
	size int64
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return i.size }
func (i memInfo) Mode() os.FileMode  { return 0o644 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() interface{}   { return nil }

func (f memFile) Path() string { return f.rel }
func (f memFile) Lstat() (os.FileInfo, error) {
	return memInfo{filepath.Base(f.rel), int64(len(f.data))}, nil
}
func (f memFile) Open() (io.ReadCloser, error) { return ioutil.NopCloser(bytes.NewReader(f.data)), nil }

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: zipmodules PROXYDIR TIME < specs")
		os.Exit(2)
	}
	proxy, stamp := os.Args[1], os.Args[2]
	specs, err := readSpecs(os.Stdin)
	if err != nil {
		fail(err)
	}
	served := map[string]string{}
	for _, s := range specs {
		served[s.path] = s.version
	}
	for _, s := range specs {
		if err := writeModule(proxy, stamp, s, served); err != nil {
			fail(fmt.Errorf("%s@%s: %v", s.path, s.version, err))
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "zipmodules:", err)
	os.Exit(1)
}

func readSpecs(r io.Reader) ([]spec, error) {
	var specs []spec
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 3 {
			return nil, fmt.Errorf("bad spec line %q", sc.Text())
		}
		s := spec{path: f[0], version: f[1], dir: f[2], gomod: "-"}
		if len(f) > 3 {
			s.gomod = f[3]
		}
		if len(f) > 4 {
			s.exclude = strings.Split(f[4], ",")
		}
		specs = append(specs, s)
	}
	return specs, sc.Err()
}

// servedGoMod returns the go.mod text to serve for s, with its requirements pointed at what the proxy serves.
func servedGoMod(s spec, served map[string]string) ([]byte, error) {
	name := s.gomod
	if name == "-" {
		name = filepath.Join(s.dir, "go.mod")
	}
	data, err := ioutil.ReadFile(name)
	if os.IsNotExist(err) && s.gomod == "-" {
		return []byte(fmt.Sprintf("module %s\n", s.path)), nil
	}
	if err != nil {
		return nil, err
	}
	f, err := modfile.Parse(name, data, nil)
	if err != nil {
		return nil, err
	}
	if f.Module == nil || f.Module.Mod.Path != s.path {
		return nil, fmt.Errorf("%s does not declare module %s", name, s.path)
	}
	for _, r := range f.Require {
		v, ok := served[r.Mod.Path]
		switch {
		case !ok:
			fmt.Fprintf(os.Stderr, "zipmodules: %s: dropped require %s %s (not served)\n", s.path, r.Mod.Path, r.Mod.Version)
			if err := f.DropRequire(r.Mod.Path); err != nil {
				return nil, err
			}
		case v != r.Mod.Version:
			if err := f.AddRequire(r.Mod.Path, v); err != nil {
				return nil, err
			}
		}
	}
	f.Cleanup()
	return modfile.Format(f.Syntax), nil
}

// moduleFiles lists the regular files of the module below s.dir, leaving out other modules' directories.
func moduleFiles(s spec) ([]zip.File, error) {
	excluded := map[string]bool{}
	for _, e := range s.exclude {
		excluded[filepath.Clean(e)] = true
	}
	var files []zip.File
	err := filepath.Walk(s.dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(s.dir, p)
		if info.IsDir() {
			if rel != "." && (excluded[rel] || fileExists(filepath.Join(p, "go.mod"))) {
				return filepath.SkipDir
			}
			return nil
		}
		if !info.Mode().IsRegular() || rel == "go.mod" {
			return nil
		}
		files = append(files, diskFile{filepath.ToSlash(rel), p})
		return nil
	})
	return files, err
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func writeModule(proxy, stamp string, s spec, served map[string]string) error {
	gomod, err := servedGoMod(s, served)
	if err != nil {
		return err
	}
	files, err := moduleFiles(s)
	if err != nil {
		return err
	}
	files = append(files, memFile{"go.mod", gomod})
	escaped, err := module.EscapePath(s.path)
	if err != nil {
		return err
	}
	dir := filepath.Join(proxy, filepath.FromSlash(escaped), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var z bytes.Buffer
	if err := zip.Create(&z, module.Version{Path: s.path, Version: s.version}, files); err != nil {
		return err
	}
	info := fmt.Sprintf("{\"Version\":%q,\"Time\":%q}\n", s.version, stamp)
	for name, data := range map[string][]byte{s.version + ".zip": z.Bytes(), s.version + ".mod": gomod, s.version + ".info": []byte(info)} {
		if err := ioutil.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return addToList(filepath.Join(dir, "list"), s.version)
}

func addToList(list, version string) error {
	old, err := ioutil.ReadFile(list)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	versions := map[string]bool{version: true}
	for _, v := range strings.Fields(string(old)) {
		versions[v] = true
	}
	var sorted []string
	for v := range versions {
		sorted = append(sorted, v)
	}
	sort.Strings(sorted)
	return ioutil.WriteFile(list, []byte(strings.Join(sorted, "\n")+"\n"), 0o644)
}
