package sample;

/** The same order, within the V2 limits: the fee travels with the shipping cost. */
public class Order {
    public long total(long price, long quantity, long tax, long discount, long shippingWithFee) {
        return price * quantity + tax - discount + shippingWithFee;
    }
}
