/**
 * The golden documents, hostile inputs, generated reports and mutations that sakip-json (Jackson 2) and
 * sakip-jackson3 (Jackson 3) are both tested against, so that the two write the same bytes and refuse the same
 * input. JSON in the tables is written with single quotes ({@link io.github.sakip.json.testdata.Golden#json}).
 */
package io.github.sakip.json.testdata;
