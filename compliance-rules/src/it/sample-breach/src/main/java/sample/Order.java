package sample;

/** One parameter too many: the sample build must fail on it. */
public class Order {
    public long total(long price, long quantity, long tax, long discount, long shipping, long fee) {
        return price * quantity + tax - discount + shipping + fee;
    }
}
