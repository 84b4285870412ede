# Usage: Rscript spdep-localg.R counts.csv band out.csv — times neighbour building and localG separately.
suppressMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
band <- as.numeric(args[2])
xy <- cbind(d$x, d$y)
t0 <- proc.time()[["elapsed"]]
lw <- nb2listw(include.self(dnearneigh(xy, 0, band)), style = "B")
t1 <- proc.time()[["elapsed"]]
z <- as.numeric(localG(d$count, lw))
t2 <- proc.time()[["elapsed"]]
cat(sprintf("  neighbours_s = %.3f\n  localG_s = %.3f\n", t1 - t0, t2 - t1))
write.csv(data.frame(z = sprintf("%.17g", z)), args[3], row.names = FALSE, quote = FALSE)
