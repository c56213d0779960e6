/** The job's reading of one input file; not exported. */
package dev.byline.spark.internal;
