package org.centinela.console.application;

import java.util.List;
import org.centinela.console.domain.risk.Explanation;
import org.centinela.console.domain.risk.ModelVersion;
import org.centinela.console.domain.risk.RiskModel;

/**
 * risk-scoring's model, read, saved and tried with the signed-in person's token, so that risk-scoring alone
 * decides (contract §4: operators only; {@code NotAllowed} for anyone else).
 */
public interface RiskModels {

    /** The model that scores new signals now. */
    ModelVersion current();

    /** The last {@code limit} versions, newest first. */
    List<ModelVersion> versions(int limit);

    /** Saves {@code model} as the next version and answers it; {@code ModelRefused} with every wrong field. */
    ModelVersion save(RiskModel model);

    /** How the current model scores a signal of {@code type} (PANIC, REPORT, …) saying {@code text}. */
    Explanation explain(String type, String text);
}
