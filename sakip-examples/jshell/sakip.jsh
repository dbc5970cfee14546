// sakip in jshell: the imports an everyday session needs, and d("68.12") for exact decimals.
// Start from the repository's root (see README.md):
//   jshell --class-path sakip-core/target/classes:sakip-examples/target/classes \
//          --startup DEFAULT --startup sakip-examples/jshell/sakip.jsh
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import io.github.sakip.*;
import io.github.sakip.audit.*;
import io.github.sakip.evaluation.*;
import io.github.sakip.format.IndonesianNumbers;
import io.github.sakip.report.*;

/** An exact decimal from its text: d("68.12"). Never from a double. */
BigDecimal d(String text) { return new BigDecimal(text); }
