"""Static files of the pages (a package so that wheels carry the *.css and *.js files)."""
