package org.actorgraph.extract;

import java.math.BigDecimal;

/**
 * A sum the text gives for a transfer (« un contrat de huit milliards de dollars »): the amount in units of the
 * currency (8000000000), the ISO 4217 code when the currency can be told (USD; null otherwise), and the words as
 * written, hedges included (« plus de six milliards d'euros »).
 */
public record MoneyValue(BigDecimal amount, String currency, String text) {}
