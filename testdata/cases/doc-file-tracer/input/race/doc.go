// Copyright notice of the package.

/*
Package race has one implementation per build: with the race tag and without. Its only file that every build
compiles is this one, which holds nothing but the package clause, so the package's tracer goes here.
*/
package race
